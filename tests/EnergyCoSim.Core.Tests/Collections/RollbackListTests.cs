using EnergyCoSim.Core.Collections;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Tests.Collections;

public sealed class RollbackListTests
{
    [Fact]
    public void RollBack_ToAMark_DropsTheLaterItemsOnly()
    {
        var list = Fill(new RollbackList<int>(), 1, 2, 3);
        var mark = list.Mark();
        Fill(list, 4, 5);

        list.RollBack(mark);

        Assert.Equal([1, 2, 3], list);
        Assert.Equal(3, mark.Count);
    }

    [Fact]
    public void RollBack_SameMarkTwiceWithStepsBetween_GivesTheSamePrefixBothTimes()
    {
        var list = Fill(new RollbackList<int>(), 1, 2);
        var mark = list.Mark();
        Fill(list, 3);
        list.RollBack(mark);
        Fill(list, 7, 8);

        list.RollBack(mark);

        Assert.Equal([1, 2], list);
    }

    [Fact]
    public void RollBack_MarkOfAnAbandonedBranch_IsRefusedAndChangesNothing()
    {
        var list = Fill(new RollbackList<int>("history"), 1, 2);
        var early = list.Mark();
        Fill(list, 3, 4);
        var late = list.Mark();
        list.RollBack(early);
        Fill(list, 9, 9);

        var error = Assert.Throws<InvalidStateException>(() => list.RollBack(late));

        Assert.Equal("history", error.Subject);
        Assert.Equal([1, 2, 9, 9], list);
        Assert.False(list.IsValid(late));
        Assert.True(list.IsValid(early));
    }

    [Fact]
    public void IsValid_MarkOfAnotherListOrBeforeClear_IsFalse()
    {
        var a = Fill(new RollbackList<int>(), 1, 2);
        var b = Fill(new RollbackList<int>(), 1, 2);
        var mark = a.Mark();

        Assert.False(b.IsValid(mark));
        a.Clear();
        Fill(a, 1, 2);
        Assert.False(a.IsValid(mark));
        Assert.True(a.IsValid(new RollbackMark(0, 0)));
    }

    [Fact]
    public void Prefix_OfAnEarlierMark_ReturnsTheItemsUpToIt()
    {
        var list = Fill(new RollbackList<string>(), "a", "b");
        var mark = list.Mark();
        Fill(list, "c");

        Assert.Equal(["a", "b"], list.Prefix(mark));
    }

    private static RollbackList<T> Fill<T>(RollbackList<T> list, params T[] items)
    {
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
