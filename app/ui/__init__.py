"""The Streamlit front end: an entry point, thin pages and small components over the core."""
