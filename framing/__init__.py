"""framing: media-bias and framing analysis of news articles."""
