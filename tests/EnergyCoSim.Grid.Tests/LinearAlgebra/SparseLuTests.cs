using EnergyCoSim.Grid.LinearAlgebra;

namespace EnergyCoSim.Grid.Tests.LinearAlgebra;

public class SparseLuTests
{
    [Fact]
    public void Solve_RandomStructurallySymmetricSystem_ResidualIsTiny()
    {
        // Grid-like pattern (ring + random chords), non-symmetric values, diagonally dominant.
        const int n = 200;
        var rng = new Random(42);
        var rows = Enumerable.Range(0, n).Select(i => new SortedDictionary<int, double> { [i] = 0 }).ToArray();
        void Link(int a, int b)
        {
            rows[a][b] = rng.NextDouble() - 0.5;
            rows[b][a] = rng.NextDouble() - 0.5;
        }

        for (var i = 0; i < n; i++)
        {
            Link(i, (i + 1) % n);
            Link(i, rng.Next(n) is var j && j != i ? j : (i + 2) % n);
        }

        for (var i = 0; i < n; i++)
        {
            rows[i][i] = 1 + rows[i].Values.Sum(Math.Abs);
        }

        var rowPtr = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            rowPtr[i + 1] = rowPtr[i] + rows[i].Count;
        }

        var cols = rows.SelectMany(r => r.Keys).ToArray();
        var vals = rows.SelectMany(r => r.Values).ToArray();
        var lu = new SparseLu(n, rowPtr, cols);
        vals.CopyTo(lu.Values);
        var b = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        var x = (double[])b.Clone();

        Assert.True(lu.Factorize());
        lu.Solve(x);

        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var p = rowPtr[i]; p < rowPtr[i + 1]; p++)
            {
                s += vals[p] * x[cols[p]];
            }

            Assert.Equal(b[i], s, 1e-12);
        }
    }

    [Fact]
    public void Factorize_SingularMatrix_ReturnsFalse()
    {
        var lu = new SparseLu(2, [0, 2, 4], [0, 1, 0, 1]);
        new double[] { 1, 2, 2, 4 }.CopyTo(lu.Values);

        Assert.False(lu.Factorize());
    }

    [Fact]
    public void Constructor_StarPattern_OrderingCausesNoFill()
    {
        // Hub 0 linked to leaves 1..5: eliminating the hub first would fill a 5x5 clique; minimum degree does not.
        var rowPtr = new[] { 0, 6, 8, 10, 12, 14, 16 };
        var cols = new[] { 0, 1, 2, 3, 4, 5, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5 };

        var lu = new SparseLu(6, rowPtr, cols);

        Assert.Equal(cols.Length, lu.FactorNonZeros);
    }
}
