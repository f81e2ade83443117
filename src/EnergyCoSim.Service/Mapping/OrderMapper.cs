using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Service.Mapping;

/// <summary>Maps an external order onto the agent's action vector (price, quantity, side signal, partner index).</summary>
internal static class OrderMapper
{
    public static (int Agent, AgentAction Action) ToAction(IReadOnlyList<string> agentIds, string dsoId, OrderSpec order, int index)
    {
        var agent = IndexOf(agentIds, order.AgentId);
        if (agent < 0)
        {
            throw new ValidationException($"orders[{index}].agent_id", order.AgentId, "is not an agent of this session");
        }

        var side = order.Side switch
        {
            OrderSide.Buy => 1.0,
            OrderSide.Sell => 0.0,
            _ => throw new ValidationException($"orders[{index}].side", order.Side, "must be BUY or SELL"),
        };
        var n = agentIds.Count;
        double partner;
        if (order.PartnerId.Length == 0)
        {
            partner = n + 1;
        }
        else if (string.Equals(order.PartnerId, dsoId, StringComparison.Ordinal))
        {
            partner = n;
        }
        else
        {
            partner = IndexOf(agentIds, order.PartnerId);
            if (partner < 0)
            {
                throw new ValidationException($"orders[{index}].partner_id", order.PartnerId, "is neither an agent, the DSO nor empty");
            }
        }

        return (agent, new AgentAction(order.PriceUsdPerMwh, order.QuantityKwh, side, partner));
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
