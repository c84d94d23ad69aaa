"""The Screening area: the co-ordinator's queue of received referrals, screening, and board figures."""

from mappa_desktop.gui.screening.figures_widget import BoardFiguresWidget
from mappa_desktop.gui.screening.queue_model import ScreeningQueueModel
from mappa_desktop.gui.screening.widget import ScreeningWidget

__all__ = ["BoardFiguresWidget", "ScreeningQueueModel", "ScreeningWidget"]
