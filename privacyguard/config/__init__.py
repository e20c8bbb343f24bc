"""YAML -> validated models, keeping file:line:column for every error."""
