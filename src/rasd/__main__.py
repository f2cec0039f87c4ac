"""``python -m rasd``: the same command line as the ``rasd`` script."""

from .cli import main

main()
