"""``python -m curate.commands``: the console script without the installed ``curate``."""

import sys

from curate.commands.main import main

sys.exit(main())
