"""Arabic: normalisation, tokenisation with offsets, morphology, clitics, lexicons.

One concern per module; lexicons and gazetteers live as package data in ``data/``.
"""
