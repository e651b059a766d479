// Each test class hosts its own Minsheng and Chromium. On a 2-core CI machine that also runs the server suite,
// five of them at once starve each other until a form post outlasts an assertion's wait; one at a time is
// barely slower and never flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
