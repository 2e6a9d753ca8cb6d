"""Demo data through the real pipeline: a demo PKI, raw submissions, the demo mode flag and its key file. Never used by production code paths."""
