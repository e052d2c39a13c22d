import torch

from solution import margin_ranking_loss, multi_margin_loss, pairwise_accuracy, pairwise_ranking_loss


def test_margin_ranking_matches_torch():
    torch.manual_seed(0)
    x1, x2 = torch.randn(10), torch.randn(10)
    y = torch.where(torch.rand(10) > 0.5, 1.0, -1.0)
    for margin, red in [(0.0, "mean"), (0.5, "sum"), (1.0, "none")]:
        want = torch.nn.MarginRankingLoss(margin=margin, reduction=red)(x1, x2, y)
        torch.testing.assert_close(margin_ranking_loss(x1, x2, y, margin, red), want,
                                   msg=f"margin={margin}, reduction={red!r}")


def test_multi_margin_matches_torch_default():
    torch.manual_seed(1)
    s = torch.randn(7, 4)
    t = torch.randint(0, 4, (7,))
    torch.testing.assert_close(multi_margin_loss(s, t), torch.nn.MultiMarginLoss()(s, t),
                               msg="p=1, margin=1: sum of hinges over wrong classes, divided by C")


def test_prompt_example_pairwise():
    s = torch.tensor([2.0, 0.5, 1.0])
    rel = torch.tensor([2, 0, 1])
    torch.testing.assert_close(pairwise_ranking_loss(s, rel, 1.0), torch.tensor(0.5 / 3),
                               msg="pairs (0,1), (0,2), (2,1) with hinges 0, 0, 0.5")
    assert pairwise_accuracy(s, rel) == 1.0, "all three pairs are ordered correctly"
