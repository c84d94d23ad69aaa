# The SQLCipher driver is registered before anything imports sqlite-utils (see database_driver).
from mappa_desktop.core import database_driver as _database_driver  # noqa: F401
