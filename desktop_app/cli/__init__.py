"""The command line: ``zwermkaart`` starts the window, subcommands work headless."""
