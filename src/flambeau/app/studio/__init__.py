"""Studio: workspaces, brands, campaigns, audiences, posts, assets, findings, approvals."""
