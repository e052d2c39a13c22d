import numpy as np


def class_weights(y):
    """Per-class weights n / (K_present * n_c); 0.0 for absent classes."""
    # TODO
    raise NotImplementedError


def balanced_sample(y, num_samples, seed):
    """Indices drawn with replacement so that every present class is equally likely."""
    # TODO
    raise NotImplementedError


def smote(X, y, minority, n_new, k=5, seed=0):
    """Synthetic minority points on segments between same-class nearest neighbours."""
    # TODO: neighbours within the minority class only, never the point itself
    raise NotImplementedError
