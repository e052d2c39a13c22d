import numpy as np

from solution import Compose, HFlip, RandomCrop


def test_prompt_example_flip_and_label():
    img = np.arange(12, dtype=np.uint8).reshape(2, 3, 2)
    out, label = Compose([HFlip(p=1.0)])(img, label=7, seed=0)
    np.testing.assert_array_equal(out[:, :, 0], [[4, 2, 0], [10, 8, 6]],
                                  err_msg="HFlip mirrors the width axis (axis 1) of an (H, W, C) image")
    assert label == 7, "the label must come back unchanged"
    assert out.dtype == np.uint8, f"dtype must be preserved, got {out.dtype}"


def test_crop_is_a_window_of_the_padded_image():
    img = np.arange(1, 5 * 6 * 1 + 1, dtype=np.float32).reshape(5, 6, 1)
    padded = np.pad(img, ((2, 2), (2, 2), (0, 0)))
    for seed in range(20):
        out = RandomCrop(size=4, padding=2)(img, np.random.default_rng(seed))
        assert out.shape == (4, 4, 1) and out.dtype == np.float32, f"got {out.shape} {out.dtype}"
        found = any(np.array_equal(padded[t:t + 4, l:l + 4], out)
                    for t in range(6) for l in range(7))
        assert found, "the crop must be a 4x4 window of the zero-padded image"


def test_same_seed_same_output():
    img = np.random.default_rng(0).integers(0, 256, size=(8, 8, 3), dtype=np.uint8)
    from solution import GaussianNoise
    pipe = Compose([HFlip(0.5), RandomCrop(6, padding=1), GaussianNoise(5.0, p=0.5)])
    a, _ = pipe(img, 0, seed=42)
    b, _ = pipe(img, 0, seed=42)
    np.testing.assert_array_equal(a, b, err_msg="the same seed must give the same image")
