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
    b, t_max, n_labels = emissions.shape
    if b == 0 or t_max == 0:
        return [[] for _ in range(b)]
    ending: dict[int, list[int]] = {}  # length -> the sentences of that length
    for i, n in enumerate(lengths):
        ending.setdefault(int(n), []).append(i)
    em = np.ascontiguousarray(emissions.transpose(1, 0, 2))  # [T, B, L]: each step one contiguous block
    score = start[None, :] + em[0]
    final = score.copy()  # each sentence's scores at its last token (taken as the step is reached)
    back = np.zeros((t_max, b, n_labels), dtype=np.int64)
    # [B, cur, prev]: each label's candidate scores side by side, so that the best is found along the last axis
    cand = np.empty((b, n_labels, n_labels), dtype=np.result_type(score, trans))
    tr = np.ascontiguousarray(trans.T)[None, :, :]  # [1, cur, prev]
    flat = cand.reshape(-1)  # (a view: what each step writes into ``cand``)
    firsts = np.arange(b * n_labels) * n_labels  # where each (sentence, label)'s candidates start in ``flat``
    for t in range(1, t_max):
        np.add(score[:, None, :], tr, out=cand)
        prev = back[t]
        cand.argmax(axis=2, out=prev)  # the first best, as CRFsuite
        # the best scores read at the best labels: the values ``cand.max(axis=2)`` gives, without a second pass
        score = flat[firsts + prev.reshape(-1)].reshape(b, n_labels) + em[t]
        rows = ending.get(t + 1)
        if rows is not None:
            final[rows] = score[rows]
    last = (final + end[None, :]).argmax(axis=1).tolist()
    out: list[list[int]] = []
    for i in range(b):
        n = int(lengths[i])
        if n == 0:
            out.append([])
            continue
        cur = int(last[i])
        path = [cur]
        steps: list[list[int]] = back[1:n, i].tolist()  # the best previous label of each step
        for t in range(n - 2, -1, -1):
            cur = steps[t][cur]
            path.append(cur)
        out.append(path[::-1])
    return out


__all__ = ["viterbi"]
