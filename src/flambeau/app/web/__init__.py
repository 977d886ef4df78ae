"""The web studio: campaigns, calendar, post previews, findings and review, server-rendered + htmx."""
