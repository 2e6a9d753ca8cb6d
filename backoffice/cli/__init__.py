"""The `backoffice` command line (cli-v1): argument parsing and printing only; every act goes through the same core services the desktop uses."""
