from privacyguard.cli import cli

cli()
