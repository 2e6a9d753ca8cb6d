"""The staff-side back office core: everything but the screens (ui/). Never imports Qt. docs/architecture.md draws the layers."""
