"""The LGWAN-side intake: reading bundles from the sync queue, checking their signatures and schema, ingesting them in one transaction each, quarantine, and the pre-review checks."""
