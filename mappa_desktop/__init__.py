"""mappa_desktop: an offline decision aid for MAPPA referrals in England and Wales."""

__version__ = "0.1.0"
