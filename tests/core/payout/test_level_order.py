"""The level order the engine's sweeps run in (network.LevelOrder), by hand and as the
simulation keeps it."""

from __future__ import annotations

import numpy as np

from evaluator.core.payout.network import LevelOrder, Network


def test_level_order_of_a_small_tree_by_hand():
    # 0 is the top; 1 and 3 are 0's recruits, 2 is 1's, 4 is 2's:
    # depth 0: [0]; depth 1: [1, 3]; depth 2: [2]; depth 3: [4]
    net = Network.build(sponsor=[-1, 0, 1, 0, 2], volume=[1, 2, 4, 8, 16])
    order = net.level_order()
    assert order.perm.tolist() == [0, 1, 3, 2, 4]
    assert order.starts == [0, 1, 3, 4, 5]
    # positions of the sponsors: 1 and 3 -> 0 (member 0); 2 -> 1 (member 1); 4 -> 3 (member 2)
    assert order.ppos.tolist() == [5, 0, 0, 1, 3]
    # index of the sponsor within the level above: member 1 is the first of depth 1, member 2
    # the only one of depth 2
    assert order.lpos.tolist() == [0, 0, 0, 0, 0]
    # group volume: 4 -> 16; 2 -> 4 + 16 = 20; 1 -> 2 + 20 = 22; 3 -> 8; 0 -> 1 + 22 + 8 = 31
    assert net.subtree_sum(net.volume).tolist() == [31, 22, 20, 8, 16]
    again = LevelOrder.from_levels(net.levels(), [order.lpos[a:b] for a, b in
                                                  zip(order.starts[:-1], order.starts[1:])])
    assert again.perm.tolist() == order.perm.tolist()
    assert again.ppos.tolist() == order.ppos.tolist()


def test_the_simulation_keeps_the_level_order_the_network_would_derive():
    from benchmarks.bench_simulation import evaluation
    from evaluator.core.simulation import simulate_with_tree

    _, tree = simulate_with_tree(evaluation(3_000, 200), month=7)
    net = tree.net
    kept = net.level_order()
    derived = LevelOrder.of(net.sponsor, [np.flatnonzero(net.depth() == d) for d in range(len(kept.starts) - 1)])
    assert net.n > 200 and len(kept.starts) > 3
    assert kept.perm.tolist() == derived.perm.tolist()
    assert kept.ppos.tolist() == derived.ppos.tolist()
    assert kept.lpos.tolist() == derived.lpos.tolist()
    assert kept.starts == derived.starts
