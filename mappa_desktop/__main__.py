import sys

from mappa_desktop.cli import main

sys.exit(main())
