"""Classroom exercises built from finished analyses: choosing the material (`selection`), the tasks
(`tasks`), quotes two outlets cut differently (`cuts`; figures come from `framing.figures`) and the interactive page
(`interactive`). `framing.exercise` renders the worksheet and key from the same tasks."""
