#!/usr/bin/env python3
"""Run privacyguard from a source tree instead of the installed package, for start-up timing
side by side (e.g. with hyperfine):

    git archive 6805ee6 privacyguard rules | tar -x -C /tmp/before
    hyperfine -N -w 2 -r 20 '.venv/bin/python bench/run_from_tree.py /tmp/before --help' \\
        '.venv/bin/python bench/run_from_tree.py . --help' \\
        '.venv/bin/python bench/run_from_tree.py /tmp/before --import-only' \\
        '.venv/bin/python bench/run_from_tree.py . --import-only'

``--import-only`` times ``import privacyguard``; anything else is the command line's arguments.
"""

import sys

tree = sys.argv.pop(1)
# the editable install's finder would otherwise import the working tree whatever sys.path says
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path.insert(0, tree)
if sys.argv[1:2] == ["--import-only"]:
    import privacyguard  # noqa: F401

    raise SystemExit(0)
from privacyguard.cli import cli  # noqa: E402

sys.argv[0] = "privacyguard"
cli()
