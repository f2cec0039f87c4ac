"""Viterbi decoding of linear-chain CRF scores, batched over the sentences of a document (numpy).

Shared by the CRF tagger (:mod:`.crf`, whose weights are read from the CRFsuite model file) and the neural
tagger (:mod:`.neural`). Ties go to the lowest label id, as in CRFsuite.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.floating]


def viterbi(
    emissions: FloatArray, lengths: Sequence[int], trans: FloatArray, start: FloatArray, end: FloatArray
) -> list[list[int]]:
    """Best label ids of each sentence of a padded batch ``[B, T, L]`` (batched over sentences). ``trans``,
    ``start`` and ``end`` are the CRF scores (with any label constraints already added)."""
    b, t_max, _ = emissions.shape
    if b == 0 or t_max == 0:
        return [[] for _ in range(b)]
    lens = np.asarray(lengths)
    live = np.arange(t_max)[:, None, None] < lens[None, :, None]  # [T, B, 1]: inside the sentence
    score = start[None, :] + emissions[:, 0]
    back = np.zeros((b, t_max, len(start)), dtype=np.int64)
    for t in range(1, t_max):
        cand = score[:, :, None] + trans[None, :, :]  # [B, prev, cur]
        best = cand.argmax(axis=1)  # the first best, as CRFsuite
        score = np.where(live[t], cand.max(axis=1) + emissions[:, t], score)
        back[:, t] = best
    score = score + end[None, :]
    out: list[list[int]] = []
    for i in range(b):
        n = int(lens[i])
        if n == 0:
            out.append([])
            continue
        cur = int(score[i].argmax())
        path = [cur]
        for t in range(n - 1, 0, -1):
            cur = int(back[i, t, cur])
            path.append(cur)
        out.append(path[::-1])
    return out


__all__ = ["viterbi"]
