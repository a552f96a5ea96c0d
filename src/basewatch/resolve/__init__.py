"""Resolution across articles: one knowledge-base facility, speaker or equipment designation for every spelling of a
real one, and near-duplicate articles told apart from new ones."""
