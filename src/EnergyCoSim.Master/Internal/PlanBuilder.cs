using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// Validates components, connections and options together (every problem at once, mosaik-style) and flattens
/// them into an <see cref="ExecutionPlan"/>.
/// </summary>
internal static class PlanBuilder
{
    public static ExecutionPlan Build(IReadOnlyList<ICoSimComponent> components, IReadOnlyList<Connection> connections, ExecutionOptions options)
    {
        var v = new ViolationCollector();
        options.Validate(v.Scope("options"));
        var index = IndexComponents(components, v);
        var resolved = ResolveConnections(connections, components, index, v);
        CheckCapabilities(components, connections, options, v);
        var multiples = Multiples(components, index, options, v);
        var order = Order(components, connections, resolved, options, v);
        var controlled = ControlledOutputs(options, components, index, v);
        v.ThrowIfAny("execution");
        return Flatten(components, connections, resolved, order!, multiples, options, controlled);
    }

    private static Dictionary<string, int> IndexComponents(IReadOnlyList<ICoSimComponent> components, ViolationCollector v)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < components.Count; i++)
        {
            var name = components[i].Name;
            if (v.NotEmpty($"components[{i}].name", name)
                && v.Require(!name.Contains('.', StringComparison.Ordinal), $"components[{i}].name", name, "must not contain '.' (it separates component and variable)"))
            {
                v.Require(index.TryAdd(name, i), $"components[{i}].name", name, "is used by another component");
            }
        }

        v.Require(components.Count > 0, "components", 0, "must hold at least one component");
        return index;
    }

    private static (int Src, VariableDescription Out, int Dst, VariableDescription In)[] ResolveConnections(
        IReadOnlyList<Connection> connections, IReadOnlyList<ICoSimComponent> components, Dictionary<string, int> index, ViolationCollector v)
    {
        var resolved = new (int, VariableDescription, int, VariableDescription)[connections.Count];
        var fedInputs = new Dictionary<VariableAddress, int>();
        for (var c = 0; c < connections.Count; c++)
        {
            var scope = v.Scope("connections", c);
            var conn = connections[c];
            var src = Resolve(conn.Source, components, index, scope.Scope("source"), VariableCausality.Output);
            var dst = Resolve(conn.Target, components, index, scope.Scope("target"), VariableCausality.Input);
            var s = conn.Settings;
            if (s.Kind == CouplingKind.Iterative)
            {
                if (scope.Finite("tolerance", s.Tolerance))
                {
                    scope.Require(s.Tolerance > 0, "tolerance", s.Tolerance, "must be > 0");
                }

                scope.InRange("max_iterations", s.MaxIterations, 1, 10_000);
            }

            scope.Require(Enum.IsDefined(s.Kind), "kind", s.Kind, "must be Direct, TimeShifted or Iterative");
            if (!fedInputs.TryAdd(conn.Target, c))
            {
                scope.Add("target", conn.Target, $"is already fed by connections[{fedInputs[conn.Target]}] ({connections[fedInputs[conn.Target]]}); an input takes one connection");
            }

            if (src is { } o && dst is { } i)
            {
                scope.Require(o.Var.Type == i.Var.Type, "target", conn.Target, $"is {i.Var.Type} but {conn.Source} is {o.Var.Type}");
                scope.Require(o.Var.Type is VariableType.Real or VariableType.Integer or VariableType.Boolean, "source", conn.Source, $"is {o.Var.Type}; only Real, Integer and Boolean variables can be connected");
                scope.Require(
                    string.Equals(o.Var.Unit, i.Var.Unit, StringComparison.Ordinal),
                    "target",
                    conn.Target,
                    $"has unit '{i.Var.Unit ?? "(none)"}' but {conn.Source} has unit '{o.Var.Unit ?? "(none)"}'; units must match");
                resolved[c] = (o.Comp, o.Var, i.Comp, i.Var);
            }
        }

        return resolved;
    }

    private static (int Comp, VariableDescription Var)? Resolve(
        VariableAddress address, IReadOnlyList<ICoSimComponent> components, Dictionary<string, int> index, ViolationCollector v, VariableCausality causality)
    {
        if (!index.TryGetValue(address.Component ?? string.Empty, out var comp))
        {
            v.Add("component", address.Component, $"is not a component of this execution (known: {string.Join(", ", index.Keys)})");
            return null;
        }

        if (!components[comp].Description.TryGetVariable(address.Variable ?? string.Empty, out var variable))
        {
            v.Add("variable", address.ToString(), $"is not a variable of component '{address.Component}' (type {components[comp].Description.TypeName})");
            return null;
        }

        return v.Require(variable.Causality == causality, "variable", address.ToString(), $"has causality {variable.Causality}; a connection {(causality == VariableCausality.Output ? "starts at an Output" : "ends at an Input")}")
            ? (comp, variable)
            : null;
    }

    private static void CheckCapabilities(IReadOnlyList<ICoSimComponent> components, IReadOnlyList<Connection> connections, ExecutionOptions options, ViolationCollector v)
    {
        var iterative = connections.FirstOrDefault(c => c.Settings.Kind == CouplingKind.Iterative);
        for (var i = 0; i < components.Count; i++)
        {
            var caps = components[i].Description.Capabilities;
            var name = components[i].Name;
            if (iterative is not null)
            {
                v.Require(caps.CanSaveState, $"components[{name}].capabilities.can_save_state", false, $"must be true: iterative coupling ({iterative}) rolls every component back between iterations");
            }

            if (options.VariableStep is not null)
            {
                v.Require(caps.CanSaveState, $"components[{name}].capabilities.can_save_state", false, "must be true: variable step rolls every component back after a rejected step");
                v.Require(caps.CanHandleVariableStep, $"components[{name}].capabilities.can_handle_variable_step", false, "must be true for a variable-step execution");
            }
        }
    }

    private static int[] Multiples(IReadOnlyList<ICoSimComponent> components, Dictionary<string, int> index, ExecutionOptions options, ViolationCollector v)
    {
        var multiples = Enumerable.Repeat(1, components.Count).ToArray();
        foreach (var (name, m) in options.StepMultiples ?? new Dictionary<string, int>())
        {
            if (v.Require(index.TryGetValue(name, out var i), $"options.step_multiples[{name}]", name, "is not a component of this execution"))
            {
                multiples[i] = m;
            }
        }

        return multiples;
    }

    private static int[]? Order(
        IReadOnlyList<ICoSimComponent> components,
        IReadOnlyList<Connection> connections,
        (int Src, VariableDescription Out, int Dst, VariableDescription In)[] resolved,
        ExecutionOptions options,
        ViolationCollector v)
    {
        var declared = Enumerable.Range(0, components.Count).ToArray();
        if (options.Algorithm != MasterAlgorithm.GaussSeidel)
        {
            return declared;
        }

        var edgeConnections = new List<int>();
        var edges = new List<(int, int)>();
        for (var c = 0; c < connections.Count; c++)
        {
            if (connections[c].Settings.Kind == CouplingKind.Direct && resolved[c].Out is not null && resolved[c].In is not null)
            {
                edgeConnections.Add(c);
                edges.Add((resolved[c].Src, resolved[c].Dst));
            }
        }

        var cycle = CouplingGraph.FindCycle(components.Count, edges);
        if (cycle.Count > 0)
        {
            var path = string.Join(" → ", cycle.Select(e => $"{connections[edgeConnections[e]].Source} → {connections[edgeConnections[e]].Target}"));
            var nodes = string.Join(" → ", cycle.Select(e => components[edges[e].Item1].Name).Append(components[edges[cycle[0]].Item1].Name));
            v.Add("connections", nodes, $"form a zero-delay cycle ({path}); declare one of these connections Iterative or TimeShifted");
            return null;
        }

        if (options.GaussSeidelOrder is null)
        {
            return CouplingGraph.TopologicalOrder(components.Count, edges);
        }

        return DeclaredOrder(components, connections, edgeConnections, edges, options.GaussSeidelOrder, v);
    }

    private static int[]? DeclaredOrder(
        IReadOnlyList<ICoSimComponent> components, IReadOnlyList<Connection> connections, List<int> edgeConnections, List<(int From, int To)> edges, IReadOnlyList<string> declared, ViolationCollector v)
    {
        var position = new int[components.Count];
        Array.Fill(position, -1);
        var order = new List<int>();
        for (var k = 0; k < declared.Count; k++)
        {
            var i = Enumerable.Range(0, components.Count).FirstOrDefault(j => components[j].Name == declared[k], -1);
            if (v.Require(i >= 0, $"options.gauss_seidel_order[{k}]", declared[k], "is not a component of this execution")
                && v.Require(position[i] < 0, $"options.gauss_seidel_order[{k}]", declared[k], "appears twice"))
            {
                position[i] = k;
                order.Add(i);
            }
        }

        for (var i = 0; i < components.Count; i++)
        {
            v.Require(position[i] >= 0, "options.gauss_seidel_order", components[i].Name, "is missing; the order must list every component once");
        }

        for (var e = 0; e < edges.Count; e++)
        {
            var (from, to) = edges[e];
            if (position[from] >= 0 && position[to] >= 0)
            {
                v.Require(
                    position[from] < position[to],
                    "options.gauss_seidel_order",
                    components[to].Name,
                    $"steps before its zero-delay producer {components[from].Name} ({connections[edgeConnections[e]]}); reorder or declare that connection TimeShifted");
            }
        }

        return order.ToArray();
    }

    private static VariableAddress[]? ControlledOutputs(ExecutionOptions options, IReadOnlyList<ICoSimComponent> components, Dictionary<string, int> index, ViolationCollector v)
    {
        var list = options.VariableStep?.ControlledOutputs;
        if (list is null)
        {
            return null;
        }

        for (var k = 0; k < list.Count; k++)
        {
            var ok = index.TryGetValue(list[k].Component ?? string.Empty, out var i)
                && components[i].Description.TryGetVariable(list[k].Variable ?? string.Empty, out var var)
                && var.Type == VariableType.Real;
            v.Require(ok, $"options.variable_step.controlled_outputs[{k}]", list[k].ToString(), "is not a Real variable of a component of this execution");
        }

        return list.ToArray();
    }

    private static ExecutionPlan Flatten(
        IReadOnlyList<ICoSimComponent> components,
        IReadOnlyList<Connection> connections,
        (int Src, VariableDescription Out, int Dst, VariableDescription In)[] resolved,
        int[] order,
        int[] multiples,
        ExecutionOptions options,
        VariableAddress[]? controlled)
    {
        var connectionSlot = new int[connections.Count];
        var extra = (controlled ?? []).Select(a =>
        {
            var i = components.Select(c => c.Name).ToList().IndexOf(a.Component);
            return (Comp: i, Ref: components[i].Description.GetVariable(a.Variable).Reference);
        }).ToArray();
        var (real, realSlots) = Layout(VariableType.Real, components.Count, connections, resolved, options, extra, connectionSlot);
        var discrete = new[] { VariableType.Integer, VariableType.Boolean }
            .Select(t => Layout(t, components.Count, connections, resolved, options, [], connectionSlot).Layout)
            .Where(l => l.SlotCount > 0)
            .ToArray();
        var controlledSlots = controlled is null ? Enumerable.Range(0, real.SlotCount).ToArray() : extra.Select(e => realSlots[e]).Distinct().ToArray();

        return new ExecutionPlan
        {
            Components = components.ToArray(),
            Connections = connections.ToArray(),
            Order = order,
            Multiples = multiples,
            SlotCount = real.SlotCount,
            OutputReferences = real.OutputReferences,
            OutputStart = real.OutputStart,
            InputReferences = real.InputReferences,
            InputSource = real.InputSource,
            ConnectionSlot = connectionSlot,
            ConnectionType = resolved.Select(r => r.Out.Type).ToArray(),
            Discrete = discrete,
            IterativeConnections = Enumerable.Range(0, connections.Count).Where(c => connections[c].Settings.Kind == CouplingKind.Iterative).ToArray(),
            ControlledSlots = controlledSlots,
        };
    }

    /// <summary>The exchange layout of the connections of one type; fills their entries of <paramref name="connectionSlot"/>.</summary>
    private static (ChannelLayout Layout, Dictionary<(int, uint), int> Slots) Layout(
        VariableType type,
        int n,
        IReadOnlyList<Connection> connections,
        (int Src, VariableDescription Out, int Dst, VariableDescription In)[] resolved,
        ExecutionOptions options,
        IEnumerable<(int Comp, uint Ref)> extraOutputs,
        int[] connectionSlot)
    {
        var ofType = Enumerable.Range(0, connections.Count).Where(c => resolved[c].Out.Type == type).ToArray();
        var outLists = Enumerable.Range(0, n).Select(_ => new List<uint>()).ToArray();
        foreach (var (comp, reference) in ofType.Select(c => (resolved[c].Src, resolved[c].Out.Reference)).Concat(extraOutputs))
        {
            if (!outLists[comp].Contains(reference))
            {
                outLists[comp].Add(reference);
            }
        }

        var slotOf = new Dictionary<(int, uint), int>();
        var outStart = new int[n];
        var slotCount = 0;
        for (var i = 0; i < n; i++)
        {
            outStart[i] = slotCount;
            for (var k = 0; k < outLists[i].Count; k++)
            {
                slotOf[(i, outLists[i][k])] = slotCount + k;
            }

            slotCount += outLists[i].Count;
        }

        var inRefs = Enumerable.Range(0, n).Select(_ => new List<uint>()).ToArray();
        var inSource = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var c in ofType)
        {
            var (src, output, dst, input) = resolved[c];
            var slot = slotOf[(src, output.Reference)];
            connectionSlot[c] = slot;
            var bank = connections[c].Settings.Kind switch
            {
                CouplingKind.Iterative => 2,
                CouplingKind.TimeShifted when options.Algorithm == MasterAlgorithm.GaussSeidel => 1,
                _ => 0,
            };
            inRefs[dst].Add(input.Reference);
            inSource[dst].Add(slot + (bank * slotCount));
        }

        var layout = new ChannelLayout(type, slotCount, outLists.Select(l => l.ToArray()).ToArray(), outStart, inRefs.Select(l => l.ToArray()).ToArray(), inSource.Select(l => l.ToArray()).ToArray());
        return (layout, slotOf);
    }
}
