"""The synthetic city generator: a fictional city's social media archive, registers and
moderation logs in the real export formats, with planted policy violations and an answer key.

    from recordskit.synth import generate
    summary = generate("harbor-point", seed=7, scale=3000)
"""

from recordskit.synth.generate import Summary, generate

__all__ = ["Summary", "generate"]
