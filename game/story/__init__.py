"""The story: a script language (parser, commands), its checks, and the director that plays it."""
