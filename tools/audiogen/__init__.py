"""Shared building blocks of the audio generators (`tools/make_audio.py`, `tools/make_score.py`)."""
