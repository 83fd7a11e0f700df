"""The parts of the candidate pane (views/candidate_pane.py): its header and its tabs."""
