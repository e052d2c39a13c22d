"""Plotly figures for the progress page, drawn from app.progress.charts frames (no Streamlit here).

Every point carries its session id as the first `customdata` value, so the page can open the
review of the point the candidate clicks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

KIND_NAMES = {"coding": "Coding", "ml_coding": "ML coding", "concept": "Concept", "design": "Design"}
LAYOUT = dict(height=340, margin=dict(l=40, r=20, t=40, b=40), legend=dict(orientation="h", y=-0.2))
# Weeks are labels ("2026-11-30", the Monday), not instants: a date axis would tick in hours.
WEEKS = dict(type="category", title="week of")


def _custom(frame: pd.DataFrame) -> np.ndarray:
    """Return each point's (session id, title, time) as one array (plotly copies arrays fast)."""
    return np.column_stack([frame["session_id"].to_numpy(dtype=object), frame["title"].to_numpy(dtype=object),
                            frame["when"].dt.strftime("%Y-%m-%d %H:%M").to_numpy(dtype=object)])


def loop_figure(trend: pd.DataFrame) -> go.Figure:
    """Loop score per finished session, with its rolling mean."""
    fig = go.Figure()
    fig.add_scatter(x=trend["when"], y=trend["percent"], mode="markers", name="loop score",
                    customdata=_custom(trend),
                    hovertemplate="%{customdata[1]}<br>%{customdata[2]}<br>%{y:.0f}%<extra></extra>")
    fig.add_scatter(x=trend["when"], y=trend["rolling"], mode="lines", name="rolling mean", hoverinfo="skip")
    fig.update_layout(title="Loop score over time", yaxis=dict(title="%", range=[0, 105]),
                      xaxis=dict(tickformat="%b %d\n%H:%M"), **LAYOUT)  # no millisecond ticks
    return fig


def kind_figure(kinds: pd.DataFrame) -> go.Figure:
    """Round scores over time, one colour per round kind, with each kind's rolling mean."""
    fig = go.Figure()
    for kind, part in kinds.groupby("kind", sort=True):
        name = KIND_NAMES.get(str(kind), str(kind))
        fig.add_scatter(x=part["when"], y=part["percent"], mode="markers", name=name, legendgroup=name,
                        customdata=_custom(part),
                        hovertemplate="%{customdata[1]}<br>%{customdata[2]}<br>%{y:.0f}%<extra></extra>")
        fig.add_scatter(x=part["when"], y=part["rolling"], mode="lines", name=f"{name} (mean)",
                        legendgroup=name, showlegend=False, hoverinfo="skip")
    fig.update_layout(title="Score by round kind", yaxis=dict(title="%", range=[0, 105]), **LAYOUT)
    return fig


def mastery_figure(heat: pd.DataFrame) -> go.Figure:
    """Topic x week heatmap of the mean round score."""
    fig = go.Figure(go.Heatmap(z=heat.values, x=[str(w) for w in heat.columns], y=list(heat.index),
                               zmin=0, zmax=100, colorscale="RdYlGn", colorbar=dict(title="%"),
                               hovertemplate="%{y}<br>week of %{x}<br>%{z:.0f}%<extra></extra>"))
    height = max(260, 28 * len(heat) + 120)
    fig.update_layout(title="Mastery by topic and week", xaxis=WEEKS, **{**LAYOUT, "height": height})
    return fig


def time_figure(timing: pd.DataFrame) -> go.Figure:
    """Minutes used against each round's budget (points above the line ran over)."""
    fig = go.Figure()
    fig.add_scatter(x=timing["budget_min"], y=timing["used_min"], mode="markers", name="round",
                    customdata=_custom(timing),
                    hovertemplate="%{customdata[1]}<br>%{customdata[2]}<br>%{y:.0f} of %{x:.0f} min"
                                  "<extra></extra>")
    top = float(max(timing["budget_min"].max(), timing["used_min"].max(), 1.0)) if len(timing) else 60.0
    fig.add_scatter(x=[0, top], y=[0, top], mode="lines", name="budget", line=dict(dash="dot"),
                    hoverinfo="skip")
    fig.update_layout(title="Time used against budget", xaxis=dict(title="budget (min)"),
                      yaxis=dict(title="used (min)"), **LAYOUT)
    return fig


def first_submit_figure(rate: pd.DataFrame) -> go.Figure:
    """Weekly share of coding rounds whose Submit passed every test."""
    fig = go.Figure(go.Bar(x=[str(w) for w in rate["week"]], y=rate["rate"], customdata=rate["rounds"],
                           hovertemplate="week of %{x}<br>%{y:.0f}% of %{customdata} round(s)"
                                         "<extra></extra>"))
    fig.update_layout(title="First-Submit pass rate", xaxis=WEEKS, yaxis=dict(title="%", range=[0, 105]),
                      **LAYOUT)
    return fig


def hints_figure(hints: pd.DataFrame) -> go.Figure:
    """Hints used per week, beside the number of coding rounds."""
    fig = go.Figure(go.Bar(x=[str(w) for w in hints["week"]], y=hints["hints"], customdata=hints["rounds"],
                           hovertemplate="week of %{x}<br>%{y} hint(s) in %{customdata} round(s)"
                                         "<extra></extra>"))
    fig.update_layout(title="Hints used", xaxis=WEEKS, yaxis=dict(title="hints", rangemode="nonnegative"),
                      **LAYOUT)
    return fig


def partner_figure(rounds: pd.DataFrame) -> go.Figure:
    """Self score against partner score per round (points below the line: you scored yourself higher)."""
    fig = go.Figure()
    fig.add_scatter(x=rounds["self_percent"], y=rounds["partner_percent"], mode="markers", name="round",
                    customdata=_custom(rounds),
                    hovertemplate="%{customdata[1]}<br>self %{x:.0f}% · partner %{y:.0f}%<extra></extra>")
    fig.add_scatter(x=[0, 100], y=[0, 100], mode="lines", line=dict(dash="dot"), name="agreement",
                    hoverinfo="skip")
    fig.update_layout(title="Self against partner score", xaxis=dict(title="self %"),
                      yaxis=dict(title="partner %"), **LAYOUT)
    return fig


def clicked_session(event) -> str | None:
    """Return the session id of the point a plotly selection event picked, if any."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        data = point.get("customdata")
        if data:
            return str(data[0] if isinstance(data, list | tuple) else data)
    return None
