"""The Training area (issue #7): fictional scenarios, walk-through with what-if, quiz, forums."""

from mappa_desktop.gui.training.widget import TrainingWidget

__all__ = ["TrainingWidget"]
