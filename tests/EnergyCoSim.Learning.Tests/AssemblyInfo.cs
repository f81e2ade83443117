// Training tests measure time-sensitive learning on 2 shared cores and seed libtorch's global generator: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
