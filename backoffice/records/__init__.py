"""Official records from the core systems (records-v1, issue 15): requests to the registers,
answers loaded and checked, the 審査前処理 comparison, and the record a certificate prints."""
