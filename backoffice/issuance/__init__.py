"""Certificates: templates, rendering with the copy-evident pattern, the signed QR code, serial numbers, issuing, delivery, and verification."""
