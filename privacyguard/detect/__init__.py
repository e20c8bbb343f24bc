"""Message -> Finding: recognizers configured from rules/, run in batches."""
