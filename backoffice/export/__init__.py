"""Export of final decisions to the core business systems (export-v1): batches by range of the decision sequence, CSV files, crash-safe commit, and the daily schedule."""
