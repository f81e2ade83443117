namespace EnergyCoSim.Grid.LinearAlgebra;

/// <summary>
/// Sparse LU for structurally symmetric matrices (power-flow Jacobians, admittance and B matrices) with a
/// minimum-degree ordering and static (diagonal) pivots. The symbolic part — ordering, elimination tree and fill
/// pattern — is computed once; <see cref="Factorize"/> and <see cref="Solve"/> allocate nothing.
/// </summary>
internal sealed class SparseLu : ISparseLinearSolver
{
    private readonly int _n;
    private readonly double[] _a;      // input values, aligned with the caller's CSR pattern
    private readonly int[] _aToLu;     // input position → position in the filled, permuted pattern
    private readonly int[] _perm;      // new → old
    private readonly int[] _rowPtr;    // filled pattern (permuted), rows sorted by column
    private readonly int[] _col;
    private readonly int[] _diag;
    private readonly double[] _lu;
    private readonly double[] _work;
    private readonly double[] _x;

    /// <summary>
    /// Analyses the pattern given in CSR form (the diagonal must be present in every row). <paramref name="ordering"/>
    /// (new position → old index) replaces the minimum-degree ordering when given.
    /// </summary>
    public SparseLu(int n, int[] rowPtr, int[] colIdx, int[]? ordering = null)
    {
        _n = n;
        _a = new double[colIdx.Length];
        var adjacency = new HashSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            adjacency[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            for (var p = rowPtr[i]; p < rowPtr[i + 1]; p++)
            {
                var j = colIdx[p];
                if (j != i)
                {
                    adjacency[i].Add(j);
                    adjacency[j].Add(i);
                }
            }
        }

        _perm = ordering ?? MinimumDegreeOrdering.Order(adjacency);
        var pinv = new int[n];
        for (var k = 0; k < n; k++)
        {
            pinv[_perm[k]] = k;
        }

        // Symbolic Cholesky-style fill: higher[k] = columns above k in row k of U (= rows below k in column k of L).
        var higher = new List<int>[n];
        var children = new List<int>[n];
        for (var k = 0; k < n; k++)
        {
            children[k] = [];
        }

        var mark = new int[n];
        Array.Fill(mark, -1);
        for (var k = 0; k < n; k++)
        {
            var set = new List<int>();
            mark[k] = k;
            foreach (var j in adjacency[_perm[k]])
            {
                var jj = pinv[j];
                if (jj > k && mark[jj] != k)
                {
                    mark[jj] = k;
                    set.Add(jj);
                }
            }

            foreach (var c in children[k])
            {
                foreach (var jj in higher[c])
                {
                    if (jj > k && mark[jj] != k)
                    {
                        mark[jj] = k;
                        set.Add(jj);
                    }
                }
            }

            set.Sort();
            higher[k] = set;
            if (set.Count > 0)
            {
                children[set[0]].Add(k);
            }
        }

        var lower = new List<int>[n];
        for (var k = 0; k < n; k++)
        {
            lower[k] = [];
        }

        for (var k = 0; k < n; k++)
        {
            foreach (var i in higher[k])
            {
                lower[i].Add(k); // ascending k, so already sorted
            }
        }

        _rowPtr = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            _rowPtr[i + 1] = _rowPtr[i] + lower[i].Count + 1 + higher[i].Count;
        }

        _col = new int[_rowPtr[n]];
        _diag = new int[n];
        for (var i = 0; i < n; i++)
        {
            var p = _rowPtr[i];
            foreach (var k in lower[i])
            {
                _col[p++] = k;
            }

            _diag[i] = p;
            _col[p++] = i;
            foreach (var j in higher[i])
            {
                _col[p++] = j;
            }
        }

        _lu = new double[_col.Length];
        _aToLu = new int[colIdx.Length];
        for (var i = 0; i < n; i++)
        {
            for (var p = rowPtr[i]; p < rowPtr[i + 1]; p++)
            {
                var r = pinv[i];
                var c = pinv[colIdx[p]];
                _aToLu[p] = Array.BinarySearch(_col, _rowPtr[r], _rowPtr[r + 1] - _rowPtr[r], c);
            }
        }

        _work = new double[n];
        _x = new double[n];
    }

    /// <inheritdoc />
    public int Order => _n;

    /// <inheritdoc />
    public Span<double> Values => _a;

    /// <summary>Non-zeros of L + U after fill (a measure of the ordering's quality).</summary>
    public int FactorNonZeros => _col.Length;

    /// <inheritdoc />
    public bool Factorize()
    {
        Array.Clear(_lu);
        for (var p = 0; p < _a.Length; p++)
        {
            _lu[_aToLu[p]] += _a[p];
        }

        var w = _work;
        for (var i = 0; i < _n; i++)
        {
            var start = _rowPtr[i];
            var end = _rowPtr[i + 1];
            for (var p = start; p < end; p++)
            {
                w[_col[p]] = _lu[p];
            }

            for (var p = start; p < _diag[i]; p++)
            {
                var k = _col[p];
                var lik = w[k] / _lu[_diag[k]];
                w[k] = lik;
                if (lik == 0)
                {
                    continue;
                }

                for (var q = _diag[k] + 1; q < _rowPtr[k + 1]; q++)
                {
                    w[_col[q]] -= lik * _lu[q];
                }
            }

            for (var p = start; p < end; p++)
            {
                var c = _col[p];
                _lu[p] = w[c];
                w[c] = 0;
            }

            var pivot = _lu[_diag[i]];
            if (!double.IsFinite(pivot) || Math.Abs(pivot) < 1e-300)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Solve(Span<double> rhs)
    {
        var x = _x;
        for (var i = 0; i < _n; i++)
        {
            x[i] = rhs[_perm[i]];
        }

        for (var i = 0; i < _n; i++)
        {
            var s = x[i];
            for (var p = _rowPtr[i]; p < _diag[i]; p++)
            {
                s -= _lu[p] * x[_col[p]];
            }

            x[i] = s;
        }

        for (var i = _n - 1; i >= 0; i--)
        {
            var s = x[i];
            var d = _diag[i];
            for (var p = d + 1; p < _rowPtr[i + 1]; p++)
            {
                s -= _lu[p] * x[_col[p]];
            }

            x[i] = s / _lu[d];
        }

        for (var i = 0; i < _n; i++)
        {
            rhs[_perm[i]] = x[i];
        }
    }
}
