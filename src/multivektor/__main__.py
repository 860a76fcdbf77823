"""``python -m multivektor``: the command line."""

from multivektor.cli import main

if __name__ == "__main__":
    main()
