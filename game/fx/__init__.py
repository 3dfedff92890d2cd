"""Light, fire, candles and rain: the room's living light. See `RoomFx`."""

from game.fx.room_fx import RoomFx
from game.fx.state import RAIN_LEVELS, FxState, rain_level

__all__ = ["RAIN_LEVELS", "FxState", "RoomFx", "rain_level"]
