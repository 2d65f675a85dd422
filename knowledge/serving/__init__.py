"""What the bot serves from: the read-only store opened from a knowledge build."""
