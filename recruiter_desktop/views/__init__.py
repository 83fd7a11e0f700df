"""Qt widgets, dialogs, the setup wizard and item models: they render state and call services,
and do no I/O of their own."""
