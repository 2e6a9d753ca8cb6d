"""`python -m ui.screenshots` (see the package's docstring)."""

import sys

from ui.screenshots.run import main

sys.exit(main())
