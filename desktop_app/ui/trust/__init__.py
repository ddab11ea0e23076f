"""Trust in the window: passphrase on open, recovery, restore, encryption, AVG actions.

:class:`desktop_app.ui.trust.controller.TrustActions` holds them; the main
window opens every atlas through :meth:`TrustActions.open_atlas`.
"""
