"""`python -m framing` runs the command line."""

from framing.cli import app

if __name__ == "__main__":
    app()
