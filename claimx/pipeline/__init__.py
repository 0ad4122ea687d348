"""The spaCy pipeline: the base English model, faster stand-ins for two of its
components, and claimx's own components, which run the extraction steps."""

from .loading import ModelNotFound, claimx_components, load_pipeline, resolve_model

__all__ = ["ModelNotFound", "claimx_components", "load_pipeline", "resolve_model"]
