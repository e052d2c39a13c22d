import numpy as np
import pytest

from solution import Compose, GaussianNoise, HFlip, RandomCrop


def test_crop_reaches_every_offset_including_the_last():
    img = np.arange(16, dtype=np.uint8).reshape(4, 4, 1) + 1
    padded = np.pad(img, ((1, 1), (1, 1), (0, 0)))
    seen = set()
    for seed in range(400):
        out = RandomCrop(size=4, padding=1)(img, np.random.default_rng(seed))
        offsets = [(t, l) for t in range(3) for l in range(3)
                   if np.array_equal(padded[t:t + 4, l:l + 4], out)]
        assert len(offsets) == 1, "the crop must be a window of the zero-padded image"
        seen.add(offsets[0])
    assert seen == {(t, l) for t in range(3) for l in range(3)}, (
        f"with padding 1 and size 4 on a 4x4 image the offset ranges over 0..2 in each axis; "
        f"saw only {sorted(seen)} (is the upper bound of rng.integers exclusive?)")
    with pytest.raises(ValueError):
        RandomCrop(size=7, padding=1)(img, np.random.default_rng(0))


def test_flip_probability():
    img = np.arange(6, dtype=np.float64).reshape(1, 6, 1)
    rng = np.random.default_rng(3)
    flips = sum(HFlip(0.5)(img, rng)[0, 0, 0] == 5 for _ in range(2000))
    # mean 1000, sd ~22; the bound is > 6 sd wide
    assert 860 <= flips <= 1140, f"HFlip(0.5) flipped {flips}/2000 times"
    assert all(HFlip(0.0)(img, rng)[0, 0, 0] == 0 for _ in range(50)), "p=0 never flips"


def test_uint8_noise_is_clipped_not_wrapped():
    gray = np.full((32, 32, 3), 128, dtype=np.uint8)
    out = GaussianNoise(10.0)(gray, np.random.default_rng(0))
    assert out.dtype == np.uint8, f"uint8 in, uint8 out; got {out.dtype}"
    diff = out.astype(np.float64) - 128
    assert abs(diff.mean()) < 1.5, f"noise should have mean 0, got {diff.mean():.2f}"
    assert 9.0 < diff.std() < 11.0, f"noise std should be about 10, got {diff.std():.2f}"
    bright = np.full((32, 32, 3), 250, dtype=np.uint8)
    out = GaussianNoise(50.0)(bright, np.random.default_rng(1))
    dark = (out < 100).mean()
    assert dark < 0.02, (
        f"{dark:.0%} of a bright image became dark: values above 255 wrapped around; "
        "clip to [0, 255] before casting to uint8")
    assert (out == 255).mean() > 0.3, "values pushed above 255 should saturate at 255"


def test_float_noise_keeps_dtype_and_is_not_clipped():
    img = np.zeros((16, 16, 1), dtype=np.float32)
    out = GaussianNoise(1.0)(img, np.random.default_rng(0))
    assert out.dtype == np.float32, f"float32 in, float32 out; got {out.dtype}"
    assert out.min() < -1.0 and out.max() > 1.0, "float images are not clipped"


def test_compose_does_not_touch_or_alias_the_input():
    img = np.random.default_rng(5).integers(0, 256, size=(6, 6, 3), dtype=np.uint8)
    before = img.copy()
    out, label = Compose([HFlip(1.0)])(img, "cat", seed=1)
    np.testing.assert_array_equal(img, before, err_msg="the input image must not be modified")
    assert not np.shares_memory(out, img), "the output must not be a view of the input"
    out, _ = Compose([])(img, "cat", seed=1)
    assert not np.shares_memory(out, img), "even an empty pipeline must return a copy"
    assert label == "cat"
    outs = {Compose([HFlip(0.5), RandomCrop(4, 1)])(img, 0, seed=s)[0].tobytes() for s in range(10)}
    assert len(outs) > 1, "different seeds should give different augmentations"


def test_uint8_noise_is_rounded_not_truncated():
    gray = np.full((40, 40, 3), 128, dtype=np.uint8)
    out = GaussianNoise(0.3)(gray, np.random.default_rng(2))
    kept = (out == 128).mean()
    # Rounding keeps |noise| < 0.5, about 90% of values; truncation keeps only noise in [0, 1), about 50%.
    assert kept > 0.8, (
        f"with std 0.3 most values should round back to 128, but only {kept:.0%} did: round to the "
        "nearest integer (np.rint) before clipping and casting to uint8")


def test_noise_probability_zero_leaves_the_image_alone():
    img = np.random.default_rng(6).integers(0, 256, size=(5, 5, 3), dtype=np.uint8)
    rng = np.random.default_rng(0)
    for _ in range(20):
        out = GaussianNoise(20.0, p=0.0)(img, rng)
        np.testing.assert_array_equal(out, img, err_msg="GaussianNoise(std, p=0.0) must never add noise")


def test_crop_that_does_not_fit_the_width_raises():
    tall = np.zeros((8, 4, 1), dtype=np.uint8)
    with pytest.raises(ValueError):
        RandomCrop(size=7, padding=1)(tall, np.random.default_rng(0))   # height 10 fits, width 6 does not
    out = RandomCrop(size=6, padding=1)(tall, np.random.default_rng(0))
    assert out.shape == (6, 6, 1), f"a 6x6 crop fits a padded 10x6 image, got shape {out.shape}"


def test_noise_on_a_float_image_leaves_the_input_alone():
    img = np.linspace(0.0, 1.0, 48, dtype=np.float32).reshape(4, 4, 3)
    before = img.copy()
    out = GaussianNoise(0.5)(img, np.random.default_rng(7))
    np.testing.assert_array_equal(img, before, err_msg="GaussianNoise must not modify the image it is given")
    assert not np.shares_memory(out, img), "GaussianNoise must return a new array for a float image"
    assert not np.array_equal(out, before), "std 0.5 with p=1 must change the values"


def test_compose_shares_one_generator_across_the_ops():
    img = np.arange(2 * 5 * 1, dtype=np.uint8).reshape(2, 5, 1)
    ops = [HFlip(0.5), HFlip(0.5)]
    changed = 0
    for seed in range(20):
        got, _ = Compose(ops)(img, None, seed=seed)
        rng = np.random.default_rng(seed)
        want = ops[1](ops[0](img, rng), rng)
        np.testing.assert_array_equal(got, want, err_msg=(
            f"seed {seed}: Compose makes ONE np.random.default_rng(seed) and passes it to every op in order"))
        changed += not np.array_equal(got, img)
    assert changed > 0, "two independent HFlip(0.5) draws flip the image an odd number of times for some seeds"


def test_every_op_keeps_the_dtype():
    rng = np.random.default_rng(9)
    for dtype in (np.uint8, np.float32, np.float64):
        img = (rng.random((5, 6, 2)) * 200).astype(dtype)
        for op in (HFlip(1.0), RandomCrop(4, padding=2), RandomCrop(5), GaussianNoise(1.0)):
            out = op(img, np.random.default_rng(0))
            assert out.dtype == img.dtype, f"{type(op).__name__} on a {np.dtype(dtype).name} image returned {out.dtype}"
        out, _ = Compose([RandomCrop(4, padding=1), HFlip(0.5)])(img, 0, seed=3)
        assert out.dtype == img.dtype, f"Compose on a {np.dtype(dtype).name} image returned {out.dtype}"
