"""Classroom exercises built from finished analyses: choosing the material (`selection`), the tasks
(`tasks`), figures and shared quotes across outlets (`figures`, `cuts`) and the interactive page
(`interactive`). `framing.exercise` renders the worksheet and key from the same tasks."""
